	.file	"sum_primes.c"
	.text
	.globl	sum_primes
	.type	sum_primes, @function
sum_primes:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -36(%rbp)
	movq	$0, -8(%rbp)
	movl	$2, -12(%rbp)
	jmp	.L2
.L8:
	movl	$1, -16(%rbp)
	movl	$2, -20(%rbp)
	jmp	.L3
.L6:
	movl	-12(%rbp), %eax
	cltd
	idivl	-20(%rbp)
	movl	%edx, %eax
	testl	%eax, %eax
	jne	.L4
	movl	$0, -16(%rbp)
	jmp	.L5
.L4:
	addl	$1, -20(%rbp)
.L3:
	movl	-20(%rbp), %eax
	imull	%eax, %eax
	cmpl	%eax, -12(%rbp)
	jge	.L6
.L5:
	cmpl	$0, -16(%rbp)
	je	.L7
	movl	-12(%rbp), %eax
	cltq
	addq	%rax, -8(%rbp)
.L7:
	addl	$1, -12(%rbp)
.L2:
	movl	-12(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jl	.L8
	movq	-8(%rbp), %rax
	popq	%rbp
	ret
	.size	sum_primes, .-sum_primes
	.section	.note.GNU-stack,"",@progbits
