	.file	"matmul.c"
	.text
	.p2align 4
	.globl	matmul
	.type	matmul, @function
matmul:
	testl	%ecx, %ecx
	jle	.L9
	pushq	%r14
	movq	%rdi, %r11
	xorl	%r14d, %r14d
	pushq	%r13
	movl	%ecx, %r13d
	pushq	%r12
	movslq	%ecx, %r12
	leaq	0(,%r12,4), %rdi
	pushq	%rbp
	movq	%rsi, %rbp
	pushq	%rbx
	leaq	(%r11,%rdi), %r8
	movq	%rdx, %rbx
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rbp, %r10
	xorl	%r9d, %r9d
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%r10, %rcx
	movq	%r11, %rax
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L4:
	movl	(%rax), %edx
	imull	(%rcx), %edx
	addq	$4, %rax
	addq	%rdi, %rcx
	addl	%edx, %esi
	cmpq	%rax, %r8
	jne	.L4
	movl	%esi, (%rbx,%r9,4)
	addq	$1, %r9
	addq	$4, %r10
	cmpq	%r9, %r12
	jne	.L6
	addl	$1, %r14d
	addq	%rdi, %rbx
	addq	%rdi, %r11
	addq	%rdi, %r8
	cmpl	%r14d, %r13d
	jne	.L3
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	popq	%r14
	ret
.L9:
	ret
	.size	matmul, .-matmul
	.section	.note.GNU-stack,"",@progbits
