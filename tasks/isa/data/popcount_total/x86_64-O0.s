	.file	"popcount_total.c"
	.text
	.globl	popcount_total
	.type	popcount_total, @function
popcount_total:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -40(%rbp)
	movl	%esi, -44(%rbp)
	movq	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L2
.L5:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	movq	%rax, -24(%rbp)
	jmp	.L3
.L4:
	movq	-24(%rbp), %rax
	subq	$1, %rax
	andq	%rax, -24(%rbp)
	addq	$1, -8(%rbp)
.L3:
	cmpq	$0, -24(%rbp)
	jne	.L4
	addl	$1, -12(%rbp)
.L2:
	movl	-12(%rbp), %eax
	cmpl	-44(%rbp), %eax
	jl	.L5
	movq	-8(%rbp), %rax
	popq	%rbp
	ret
	.size	popcount_total, .-popcount_total
	.section	.note.GNU-stack,"",@progbits
