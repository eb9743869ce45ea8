	.file	"horner.c"
	.text
	.p2align 4
	.globl	horner
	.type	horner, @function
horner:
	movapd	%xmm0, %xmm1
	testl	%esi, %esi
	jle	.L4
	movslq	%esi, %rsi
	pxor	%xmm0, %xmm0
	leaq	(%rdi,%rsi,8), %rax
	.p2align 4,,10
	.p2align 3
.L3:
	mulsd	%xmm1, %xmm0
	addq	$8, %rdi
	addsd	-8(%rdi), %xmm0
	cmpq	%rax, %rdi
	jne	.L3
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	pxor	%xmm0, %xmm0
	ret
	.size	horner, .-horner
	.section	.note.GNU-stack,"",@progbits
