	.file	"rle_encode.c"
	.text
	.globl	rle_encode
	.type	rle_encode, @function
rle_encode:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movq	$0, -8(%rbp)
	jmp	.L2
.L8:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	movb	%al, -17(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L3
.L4:
	addq	$1, -40(%rbp)
	addl	$1, -12(%rbp)
.L3:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	%al, -17(%rbp)
	je	.L4
	movq	-8(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -8(%rbp)
	movq	-48(%rbp), %rdx
	addq	%rax, %rdx
	movzbl	-17(%rbp), %eax
	movb	%al, (%rdx)
	movl	$0, -16(%rbp)
.L5:
	movl	-12(%rbp), %ecx
	movl	%ecx, %edx
	movl	$3435973837, %eax
	imulq	%rdx, %rax
	shrq	$32, %rax
	movl	%eax, %edx
	shrl	$3, %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	addl	%eax, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	movl	%edx, %eax
	leal	48(%rax), %ecx
	movl	-16(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -16(%rbp)
	movl	%ecx, %edx
	cltq
	movb	%dl, -29(%rbp,%rax)
	movl	-12(%rbp), %eax
	movl	%eax, %edx
	movl	$3435973837, %eax
	imulq	%rdx, %rax
	shrq	$32, %rax
	shrl	$3, %eax
	movl	%eax, -12(%rbp)
	cmpl	$0, -12(%rbp)
	jne	.L5
	jmp	.L6
.L7:
	subl	$1, -16(%rbp)
	movq	-8(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -8(%rbp)
	movq	-48(%rbp), %rdx
	addq	%rax, %rdx
	movl	-16(%rbp), %eax
	cltq
	movzbl	-29(%rbp,%rax), %eax
	movb	%al, (%rdx)
.L6:
	cmpl	$0, -16(%rbp)
	jne	.L7
.L2:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L8
	movq	-48(%rbp), %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	movb	$0, (%rax)
	movq	-8(%rbp), %rax
	popq	%rbp
	ret
	.size	rle_encode, .-rle_encode
	.section	.note.GNU-stack,"",@progbits
