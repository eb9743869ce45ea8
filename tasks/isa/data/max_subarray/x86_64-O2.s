	.file	"max_subarray.c"
	.text
	.p2align 4
	.globl	max_subarray
	.type	max_subarray, @function
max_subarray:
	xorl	%ecx, %ecx
	testl	%esi, %esi
	jle	.L1
	movslq	(%rdi), %rax
	cmpl	$1, %esi
	je	.L6
	leal	-2(%rsi), %ecx
	leaq	4(%rdi), %rdx
	leaq	8(%rdi,%rcx,4), %r8
	movq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	(%rdx), %rsi
	testq	%rax, %rax
	leaq	(%rax,%rsi), %rdi
	movq	%rsi, %rax
	cmovg	%rdi, %rax
	cmpq	%rax, %rcx
	cmovl	%rax, %rcx
	addq	$4, %rdx
	cmpq	%r8, %rdx
	jne	.L4
.L1:
	movq	%rcx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%rax, %rcx
	jmp	.L1
	.size	max_subarray, .-max_subarray
	.section	.note.GNU-stack,"",@progbits
