	.file	"popcount_total.c"
	.text
	.p2align 4
	.globl	popcount_total
	.type	popcount_total, @function
popcount_total:
	testl	%esi, %esi
	jle	.L6
	movslq	%esi, %rsi
	xorl	%ecx, %ecx
	leaq	(%rdi,%rsi,8), %rsi
	.p2align 4,,10
	.p2align 3
.L5:
	movq	(%rdi), %rax
	testq	%rax, %rax
	je	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	leaq	-1(%rax), %rdx
	addq	$1, %rcx
	andq	%rdx, %rax
	jne	.L4
.L3:
	addq	$8, %rdi
	cmpq	%rsi, %rdi
	jne	.L5
	movq	%rcx, %rax
	ret
.L6:
	xorl	%ecx, %ecx
	movq	%rcx, %rax
	ret
	.size	popcount_total, .-popcount_total
	.section	.note.GNU-stack,"",@progbits
