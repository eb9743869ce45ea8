	.file	"crc32_bitwise.c"
	.text
	.globl	crc32_bitwise
	.type	crc32_bitwise, @function
crc32_bitwise:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movl	$-1, -4(%rbp)
	movq	$0, -16(%rbp)
	jmp	.L2
.L5:
	movq	-40(%rbp), %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	xorl	%eax, -4(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L3
.L4:
	movl	-4(%rbp), %eax
	shrl	%eax
	movl	%eax, %edx
	movl	-4(%rbp), %eax
	andl	$1, %eax
	negl	%eax
	andl	$-306674912, %eax
	xorl	%edx, %eax
	movl	%eax, -4(%rbp)
	addl	$1, -20(%rbp)
.L3:
	cmpl	$7, -20(%rbp)
	jle	.L4
	addq	$1, -16(%rbp)
.L2:
	movq	-16(%rbp), %rax
	cmpq	-48(%rbp), %rax
	jb	.L5
	movl	-4(%rbp), %eax
	notl	%eax
	popq	%rbp
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.section	.note.GNU-stack,"",@progbits
