	.file	"parse_long.c"
	.text
	.globl	parse_long
	.type	parse_long, @function
parse_long:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movl	$0, -4(%rbp)
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$43, %al
	je	.L2
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$45, %al
	jne	.L3
.L2:
	movq	-40(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -40(%rbp)
	movzbl	(%rax), %eax
	cmpb	$45, %al
	sete	%al
	movzbl	%al, %eax
	movl	%eax, -4(%rbp)
.L3:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L4
	movl	$0, %eax
	jmp	.L5
.L4:
	cmpl	$0, -4(%rbp)
	je	.L6
	movabsq	$-9223372036854775808, %rax
	jmp	.L7
.L6:
	movabsq	$9223372036854775807, %rax
.L7:
	movq	%rax, -24(%rbp)
	movq	$0, -16(%rbp)
	jmp	.L8
.L12:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$47, %al
	jle	.L9
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$57, %al
	jle	.L10
.L9:
	movl	$0, %eax
	jmp	.L5
.L10:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	subl	$48, %eax
	cltq
	movq	%rax, -32(%rbp)
	movq	-24(%rbp), %rax
	subq	-32(%rbp), %rax
	movabsq	$-3689348814741910323, %rdx
	mulq	%rdx
	movq	%rdx, %rax
	shrq	$3, %rax
	cmpq	-16(%rbp), %rax
	jnb	.L11
	movl	$0, %eax
	jmp	.L5
.L11:
	movq	-16(%rbp), %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	movq	%rax, %rdx
	movq	-32(%rbp), %rax
	addq	%rdx, %rax
	movq	%rax, -16(%rbp)
	addq	$1, -40(%rbp)
.L8:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L12
	cmpl	$0, -4(%rbp)
	je	.L13
	movq	-16(%rbp), %rax
	negq	%rax
	jmp	.L14
.L13:
	movq	-16(%rbp), %rax
.L14:
	movq	-48(%rbp), %rdx
	movq	%rax, (%rdx)
	movl	$1, %eax
.L5:
	popq	%rbp
	ret
	.size	parse_long, .-parse_long
	.section	.note.GNU-stack,"",@progbits
