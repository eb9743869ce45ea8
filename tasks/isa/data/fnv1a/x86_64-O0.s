	.file	"fnv1a.c"
	.text
	.globl	fnv1a
	.type	fnv1a, @function
fnv1a:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movabsq	$-3750763034362895579, %rax
	movq	%rax, -8(%rbp)
	movq	$0, -16(%rbp)
	jmp	.L2
.L3:
	movq	-24(%rbp), %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movabsq	$1099511628211, %rdx
	imulq	%rdx, %rax
	movq	%rax, -8(%rbp)
	addq	$1, -16(%rbp)
.L2:
	movq	-16(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jb	.L3
	movq	-8(%rbp), %rax
	popq	%rbp
	ret
	.size	fnv1a, .-fnv1a
	.section	.note.GNU-stack,"",@progbits
