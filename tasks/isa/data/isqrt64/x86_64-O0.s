	.file	"isqrt64.c"
	.text
	.globl	isqrt64
	.type	isqrt64, @function
isqrt64:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -40(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	$0, -16(%rbp)
	movabsq	$4611686018427387904, %rax
	movq	%rax, -24(%rbp)
	jmp	.L2
.L3:
	shrq	$2, -24(%rbp)
.L2:
	movq	-24(%rbp), %rax
	cmpq	%rax, -8(%rbp)
	jb	.L3
	jmp	.L4
.L7:
	movq	-16(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	cmpq	%rax, -8(%rbp)
	jb	.L5
	movq	-16(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	subq	%rax, -8(%rbp)
	movq	-16(%rbp), %rax
	shrq	%rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movq	%rax, -16(%rbp)
	jmp	.L6
.L5:
	shrq	-16(%rbp)
.L6:
	shrq	$2, -24(%rbp)
.L4:
	cmpq	$0, -24(%rbp)
	jne	.L7
	movq	-16(%rbp), %rax
	popq	%rbp
	ret
	.size	isqrt64, .-isqrt64
	.section	.note.GNU-stack,"",@progbits
