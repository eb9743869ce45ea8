	.file	"sum_primes.c"
	.text
	.p2align 4
	.globl	sum_primes
	.type	sum_primes, @function
sum_primes:
	cmpl	$2, %edi
	jle	.L8
	movl	%edi, %r9d
	movl	$2, %r8d
	xorl	%r10d, %r10d
	.p2align 4,,10
	.p2align 3
.L3:
	movl	%r8d, %esi
	movl	%r8d, %edi
	cmpq	$3, %r8
	jbe	.L6
	testb	$1, %r8b
	je	.L4
	movl	$2, %ecx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L5:
	movl	%esi, %eax
	cltd
	idivl	%ecx
	testl	%edx, %edx
	je	.L4
.L7:
	addl	$1, %ecx
	movl	%ecx, %eax
	imull	%ecx, %eax
	cmpl	%edi, %eax
	jle	.L5
.L6:
	addq	%r8, %r10
.L4:
	addq	$1, %r8
	cmpq	%r9, %r8
	jne	.L3
	movq	%r10, %rax
	ret
.L8:
	xorl	%r10d, %r10d
	movq	%r10, %rax
	ret
	.size	sum_primes, .-sum_primes
	.section	.note.GNU-stack,"",@progbits
