	.file	"reverse_bits.c"
	.text
	.globl	reverse_bits
	.type	reverse_bits, @function
reverse_bits:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -20(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L2
.L3:
	movl	-4(%rbp), %eax
	leal	(%rax,%rax), %edx
	movl	-20(%rbp), %eax
	andl	$1, %eax
	orl	%edx, %eax
	movl	%eax, -4(%rbp)
	shrl	-20(%rbp)
	addl	$1, -8(%rbp)
.L2:
	cmpl	$31, -8(%rbp)
	jle	.L3
	movl	-4(%rbp), %eax
	popq	%rbp
	ret
	.size	reverse_bits, .-reverse_bits
	.section	.note.GNU-stack,"",@progbits
