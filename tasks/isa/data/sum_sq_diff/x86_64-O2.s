	.file	"sum_sq_diff.c"
	.text
	.p2align 4
	.globl	sum_sq_diff
	.type	sum_sq_diff, @function
sum_sq_diff:
	testl	%edx, %edx
	jle	.L4
	movslq	%edx, %rdx
	xorl	%eax, %eax
	pxor	%xmm1, %xmm1
	salq	$2, %rdx
	.p2align 4,,10
	.p2align 3
.L3:
	movss	(%rdi,%rax), %xmm0
	subss	(%rsi,%rax), %xmm0
	addq	$4, %rax
	mulss	%xmm0, %xmm0
	addss	%xmm0, %xmm1
	cmpq	%rax, %rdx
	jne	.L3
	movaps	%xmm1, %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	pxor	%xmm1, %xmm1
	movaps	%xmm1, %xmm0
	ret
	.size	sum_sq_diff, .-sum_sq_diff
	.section	.note.GNU-stack,"",@progbits
