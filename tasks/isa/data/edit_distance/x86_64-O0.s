	.file	"edit_distance.c"
	.text
	.globl	edit_distance
	.type	edit_distance, @function
edit_distance:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$1072, %rsp
	movq	%rdi, -1064(%rbp)
	movq	%rsi, -1072(%rbp)
	movq	-1064(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movl	%eax, -24(%rbp)
	movq	-1072(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movl	%eax, -28(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L3:
	movl	-4(%rbp), %eax
	cltq
	movl	-4(%rbp), %edx
	movl	%edx, -1056(%rbp,%rax,4)
	addl	$1, -4(%rbp)
.L2:
	movl	-4(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jle	.L3
	movl	$1, -8(%rbp)
	jmp	.L4
.L9:
	movl	-1056(%rbp), %eax
	movl	%eax, -12(%rbp)
	movl	-8(%rbp), %eax
	movl	%eax, -1056(%rbp)
	movl	$1, -16(%rbp)
	jmp	.L5
.L8:
	movl	-16(%rbp), %eax
	cltq
	movl	-1056(%rbp,%rax,4), %eax
	movl	%eax, -32(%rbp)
	movl	-8(%rbp), %eax
	cltq
	leaq	-1(%rax), %rdx
	movq	-1064(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %edx
	movl	-16(%rbp), %eax
	cltq
	leaq	-1(%rax), %rcx
	movq	-1072(%rbp), %rax
	addq	%rcx, %rax
	movzbl	(%rax), %eax
	cmpb	%al, %dl
	setne	%al
	movzbl	%al, %edx
	movl	-12(%rbp), %eax
	addl	%edx, %eax
	movl	%eax, -20(%rbp)
	movl	-32(%rbp), %eax
	addl	$1, %eax
	cmpl	%eax, -20(%rbp)
	jle	.L6
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
.L6:
	movl	-16(%rbp), %eax
	subl	$1, %eax
	cltq
	movl	-1056(%rbp,%rax,4), %eax
	addl	$1, %eax
	cmpl	%eax, -20(%rbp)
	jle	.L7
	movl	-16(%rbp), %eax
	subl	$1, %eax
	cltq
	movl	-1056(%rbp,%rax,4), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
.L7:
	movl	-16(%rbp), %eax
	cltq
	movl	-20(%rbp), %edx
	movl	%edx, -1056(%rbp,%rax,4)
	movl	-32(%rbp), %eax
	movl	%eax, -12(%rbp)
	addl	$1, -16(%rbp)
.L5:
	movl	-16(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jle	.L8
	addl	$1, -8(%rbp)
.L4:
	movl	-8(%rbp), %eax
	cmpl	-24(%rbp), %eax
	jle	.L9
	movl	-28(%rbp), %eax
	cltq
	movl	-1056(%rbp,%rax,4), %eax
	leave
	ret
	.size	edit_distance, .-edit_distance
	.section	.note.GNU-stack,"",@progbits
