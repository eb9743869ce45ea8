	.file	"collatz_longest.c"
	.text
	.globl	collatz_longest
	.type	collatz_longest, @function
collatz_longest:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -36(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	movl	$1, -12(%rbp)
	jmp	.L2
.L9:
	movl	-12(%rbp), %eax
	movq	%rax, -24(%rbp)
	movl	$0, -28(%rbp)
	jmp	.L3
.L6:
	movq	-24(%rbp), %rax
	andl	$1, %eax
	testq	%rax, %rax
	je	.L4
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	addq	$1, %rax
	jmp	.L5
.L4:
	movq	-24(%rbp), %rax
	shrq	%rax
.L5:
	movq	%rax, -24(%rbp)
	addl	$1, -28(%rbp)
.L3:
	cmpq	$1, -24(%rbp)
	jne	.L6
	cmpl	$0, -4(%rbp)
	je	.L7
	movl	-28(%rbp), %eax
	cmpl	%eax, -8(%rbp)
	jnb	.L8
.L7:
	movl	-12(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-28(%rbp), %eax
	movl	%eax, -8(%rbp)
.L8:
	addl	$1, -12(%rbp)
.L2:
	movl	-12(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jb	.L9
	movl	-4(%rbp), %eax
	popq	%rbp
	ret
	.size	collatz_longest, .-collatz_longest
	.section	.note.GNU-stack,"",@progbits
