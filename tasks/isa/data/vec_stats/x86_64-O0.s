	.file	"vec_stats.c"
	.text
	.globl	vec_stats
	.type	vec_stats, @function
vec_stats:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -72(%rbp)
	movl	%esi, -76(%rbp)
	movq	%rdx, -88(%rbp)
	cmpl	$0, -76(%rbp)
	jg	.L2
	movl	$0, %eax
	jmp	.L3
.L2:
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -8(%rbp)
	movq	-72(%rbp), %rax
	movsd	(%rax), %xmm0
	movsd	%xmm0, -16(%rbp)
	movq	-72(%rbp), %rax
	movsd	(%rax), %xmm0
	movsd	%xmm0, -24(%rbp)
	movl	$0, -28(%rbp)
	jmp	.L4
.L9:
	movl	-28(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	movsd	-8(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	movl	-28(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm1
	movsd	-16(%rbp), %xmm0
	comisd	%xmm1, %xmm0
	jbe	.L5
	movl	-28(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	movsd	%xmm0, -16(%rbp)
.L5:
	movl	-28(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	comisd	-24(%rbp), %xmm0
	jbe	.L7
	movl	-28(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	movsd	%xmm0, -24(%rbp)
.L7:
	addl	$1, -28(%rbp)
.L4:
	movl	-28(%rbp), %eax
	cmpl	-76(%rbp), %eax
	jl	.L9
	pxor	%xmm1, %xmm1
	cvtsi2sdl	-76(%rbp), %xmm1
	movsd	-8(%rbp), %xmm0
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -56(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -40(%rbp)
	movl	$0, -44(%rbp)
	jmp	.L10
.L11:
	movl	-44(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	movapd	%xmm0, %xmm1
	subsd	-56(%rbp), %xmm1
	movl	-44(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	subsd	-56(%rbp), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	-40(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -40(%rbp)
	addl	$1, -44(%rbp)
.L10:
	movl	-44(%rbp), %eax
	cmpl	-76(%rbp), %eax
	jl	.L11
	movq	-88(%rbp), %rax
	movsd	-56(%rbp), %xmm0
	movsd	%xmm0, (%rax)
	pxor	%xmm1, %xmm1
	cvtsi2sdl	-76(%rbp), %xmm1
	movsd	-40(%rbp), %xmm0
	divsd	%xmm1, %xmm0
	movq	-88(%rbp), %rax
	movsd	%xmm0, 8(%rax)
	movq	-88(%rbp), %rax
	movsd	-16(%rbp), %xmm0
	movsd	%xmm0, 16(%rax)
	movq	-88(%rbp), %rax
	movsd	-24(%rbp), %xmm0
	movsd	%xmm0, 24(%rax)
	movl	$1, %eax
.L3:
	popq	%rbp
	ret
	.size	vec_stats, .-vec_stats
	.section	.note.GNU-stack,"",@progbits
