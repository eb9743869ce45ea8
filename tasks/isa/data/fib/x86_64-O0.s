	.file	"fib.c"
	.text
	.globl	fib
	.type	fib, @function
fib:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	subq	$24, %rsp
	movl	%edi, -20(%rbp)
	cmpl	$1, -20(%rbp)
	jg	.L2
	movl	-20(%rbp), %eax
	cltq
	jmp	.L4
.L2:
	movl	-20(%rbp), %eax
	subl	$1, %eax
	movl	%eax, %edi
	call	fib
	movq	%rax, %rbx
	movl	-20(%rbp), %eax
	subl	$2, %eax
	movl	%eax, %edi
	call	fib
	addq	%rbx, %rax
.L4:
	movq	-8(%rbp), %rbx
	leave
	ret
	.size	fib, .-fib
	.section	.note.GNU-stack,"",@progbits
