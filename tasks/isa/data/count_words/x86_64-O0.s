	.file	"count_words.c"
	.text
	.globl	count_words
	.type	count_words, @function
count_words:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L2
.L7:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	je	.L3
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$9, %al
	je	.L3
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$10, %al
	je	.L3
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$13, %al
	je	.L3
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$11, %al
	je	.L3
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$12, %al
	jne	.L4
.L3:
	movl	$1, %eax
	jmp	.L5
.L4:
	movl	$0, %eax
.L5:
	movl	%eax, -12(%rbp)
	cmpl	$0, -12(%rbp)
	jne	.L6
	cmpl	$0, -8(%rbp)
	jne	.L6
	addl	$1, -4(%rbp)
.L6:
	cmpl	$0, -12(%rbp)
	sete	%al
	movzbl	%al, %eax
	movl	%eax, -8(%rbp)
	addq	$1, -24(%rbp)
.L2:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L7
	movl	-4(%rbp), %eax
	popq	%rbp
	ret
	.size	count_words, .-count_words
	.section	.note.GNU-stack,"",@progbits
