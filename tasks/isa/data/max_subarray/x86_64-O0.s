	.file	"max_subarray.c"
	.text
	.globl	max_subarray
	.type	max_subarray, @function
max_subarray:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -40(%rbp)
	movl	%esi, -44(%rbp)
	cmpl	$0, -44(%rbp)
	jg	.L2
	movl	$0, %eax
	jmp	.L3
.L2:
	movq	-40(%rbp), %rax
	movl	(%rax), %eax
	cltq
	movq	%rax, -8(%rbp)
	movq	-40(%rbp), %rax
	movl	(%rax), %eax
	cltq
	movq	%rax, -16(%rbp)
	movl	$1, -20(%rbp)
	jmp	.L4
.L8:
	cmpq	$0, -16(%rbp)
	jle	.L5
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	movslq	%eax, %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	jmp	.L6
.L5:
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	cltq
.L6:
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	cmpq	-8(%rbp), %rax
	jle	.L7
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
.L7:
	addl	$1, -20(%rbp)
.L4:
	movl	-20(%rbp), %eax
	cmpl	-44(%rbp), %eax
	jl	.L8
	movq	-8(%rbp), %rax
.L3:
	popq	%rbp
	ret
	.size	max_subarray, .-max_subarray
	.section	.note.GNU-stack,"",@progbits
