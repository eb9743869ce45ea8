	.file	"sieve_count.c"
	.text
	.p2align 4
	.globl	sieve_count
	.type	sieve_count, @function
sieve_count:
	pushq	%r12
	xorl	%r12d, %r12d
	pushq	%rbp
	pushq	%rbx
	cmpl	$2, %edi
	jle	.L1
	movq	%rsi, %rcx
	movl	%edi, %ebp
	movl	%edi, %ebx
	movl	$1, %esi
	movq	%rbp, %rdx
	movq	%rcx, %rdi
	call	memset@PLT
	movl	$2, %edx
	movslq	%ebx, %rsi
	movq	%rax, %rcx
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$1, %rdx
	cmpq	%rbp, %rdx
	je	.L1
.L6:
	cmpb	$0, (%rcx,%rdx)
	je	.L3
	movq	%rdx, %rax
	addl	$1, %r12d
	imulq	%rdx, %rax
	cmpq	%rsi, %rax
	jge	.L3
	.p2align 4,,10
	.p2align 3
.L5:
	movb	$0, (%rcx,%rax)
	addq	%rdx, %rax
	cmpq	%rsi, %rax
	jl	.L5
	addq	$1, %rdx
	cmpq	%rbp, %rdx
	jne	.L6
.L1:
	movl	%r12d, %eax
	popq	%rbx
	popq	%rbp
	popq	%r12
	ret
	.size	sieve_count, .-sieve_count
	.section	.note.GNU-stack,"",@progbits
