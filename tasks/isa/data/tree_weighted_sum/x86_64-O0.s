	.file	"tree_weighted_sum.c"
	.text
	.type	walk, @function
walk:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	subq	$24, %rsp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	cmpq	$0, -24(%rbp)
	jne	.L2
	movl	$0, %eax
	jmp	.L3
.L2:
	movq	-24(%rbp), %rax
	movq	(%rax), %rax
	imulq	-32(%rbp), %rax
	movq	%rax, %rbx
	movq	-32(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	-24(%rbp), %rax
	movq	8(%rax), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	walk
	addq	%rax, %rbx
	movq	-32(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	-24(%rbp), %rax
	movq	16(%rax), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	walk
	addq	%rbx, %rax
.L3:
	movq	-8(%rbp), %rbx
	leave
	ret
	.size	walk, .-walk
	.globl	tree_weighted_sum
	.type	tree_weighted_sum, @function
tree_weighted_sum:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	$1, %esi
	movq	%rax, %rdi
	call	walk
	leave
	ret
	.size	tree_weighted_sum, .-tree_weighted_sum
	.section	.note.GNU-stack,"",@progbits
