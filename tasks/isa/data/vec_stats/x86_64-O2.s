	.file	"vec_stats.c"
	.text
	.p2align 4
	.globl	vec_stats
	.type	vec_stats, @function
vec_stats:
	xorl	%eax, %eax
	testl	%esi, %esi
	jle	.L1
	movsd	(%rdi), %xmm2
	movslq	%esi, %rax
	pxor	%xmm1, %xmm1
	leaq	(%rdi,%rax,8), %rcx
	movq	%rdi, %rax
	movapd	%xmm2, %xmm3
	.p2align 4,,10
	.p2align 3
.L7:
	movsd	(%rax), %xmm0
	addq	$8, %rax
	movapd	%xmm0, %xmm5
	addsd	%xmm0, %xmm1
	maxsd	%xmm3, %xmm0
	minsd	%xmm2, %xmm5
	movapd	%xmm0, %xmm3
	movapd	%xmm5, %xmm2
	cmpq	%rax, %rcx
	jne	.L7
	pxor	%xmm4, %xmm4
	unpcklpd	%xmm0, %xmm2
	pxor	%xmm3, %xmm3
	cvtsi2sdl	%esi, %xmm4
	divsd	%xmm4, %xmm1
	.p2align 4,,10
	.p2align 3
.L8:
	movsd	(%rdi), %xmm0
	addq	$8, %rdi
	subsd	%xmm1, %xmm0
	mulsd	%xmm0, %xmm0
	addsd	%xmm0, %xmm3
	cmpq	%rdi, %rcx
	jne	.L8
	movups	%xmm2, 16(%rdx)
	movl	$1, %eax
	divsd	%xmm4, %xmm3
	unpcklpd	%xmm3, %xmm1
	movups	%xmm1, (%rdx)
.L1:
	ret
	.size	vec_stats, .-vec_stats
	.section	.note.GNU-stack,"",@progbits
