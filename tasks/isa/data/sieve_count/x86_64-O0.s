	.file	"sieve_count.c"
	.text
	.globl	sieve_count
	.type	sieve_count, @function
sieve_count:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -36(%rbp)
	movq	%rsi, -48(%rbp)
	cmpl	$2, -36(%rbp)
	jg	.L2
	movl	$0, %eax
	jmp	.L3
.L2:
	movl	$0, -4(%rbp)
	jmp	.L4
.L5:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movb	$1, (%rax)
	addl	$1, -4(%rbp)
.L4:
	movl	-4(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jl	.L5
	movl	$0, -8(%rbp)
	movl	$2, -12(%rbp)
	jmp	.L6
.L11:
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L12
	addl	$1, -8(%rbp)
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movl	-12(%rbp), %eax
	cltq
	imulq	%rdx, %rax
	movq	%rax, -24(%rbp)
	jmp	.L9
.L10:
	movq	-24(%rbp), %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movb	$0, (%rax)
	movl	-12(%rbp), %eax
	cltq
	addq	%rax, -24(%rbp)
.L9:
	movl	-36(%rbp), %eax
	cltq
	cmpq	%rax, -24(%rbp)
	jl	.L10
	jmp	.L8
.L12:
	nop
.L8:
	addl	$1, -12(%rbp)
.L6:
	movl	-12(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jl	.L11
	movl	-8(%rbp), %eax
.L3:
	popq	%rbp
	ret
	.size	sieve_count, .-sieve_count
	.section	.note.GNU-stack,"",@progbits
