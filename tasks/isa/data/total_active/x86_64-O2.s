	.file	"total_active.c"
	.text
	.p2align 4
	.globl	total_active
	.type	total_active, @function
total_active:
	testl	%esi, %esi
	jle	.L5
	movslq	%esi, %rsi
	salq	$4, %rsi
	leaq	(%rdi,%rsi), %rax
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L4:
	cmpb	$0, 12(%rdi)
	je	.L3
	cmpb	$0, 13(%rdi)
	jne	.L3
	movslq	8(%rdi), %rcx
	movq	%rcx, %r8
	addq	%rsi, %rcx
	cmpl	%r8d, %edx
	cmovle	%rcx, %rsi
.L3:
	addq	$16, %rdi
	cmpq	%rdi, %rax
	jne	.L4
	movq	%rsi, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%esi, %esi
	movq	%rsi, %rax
	ret
	.size	total_active, .-total_active
	.section	.note.GNU-stack,"",@progbits
