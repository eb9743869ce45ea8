	.file	"isqrt64.c"
	.text
	.p2align 4
	.globl	isqrt64
	.type	isqrt64, @function
isqrt64:
	movabsq	$4611686018427387904, %rdx
	movq	%rdi, %rax
	shrq	$62, %rax
	jne	.L2
	.p2align 4,,10
	.p2align 3
.L3:
	shrq	$2, %rdx
	cmpq	%rdx, %rdi
	jb	.L3
	testq	%rdx, %rdx
	je	.L12
.L2:
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L6:
	leaq	(%rax,%rdx), %rcx
	shrq	%rax
	cmpq	%rcx, %rdi
	jb	.L5
	subq	%rcx, %rdi
	addq	%rdx, %rax
.L5:
	shrq	$2, %rdx
	jne	.L6
	ret
	.p2align 4,,10
	.p2align 3
.L12:
	xorl	%eax, %eax
	ret
	.size	isqrt64, .-isqrt64
	.section	.note.GNU-stack,"",@progbits
