	.file	"edit_distance.c"
	.text
	.p2align 4
	.globl	edit_distance
	.type	edit_distance, @function
edit_distance:
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbp
	movq	%rsi, %rbp
	pushq	%rbx
	movq	%rdi, %rbx
	subq	$1032, %rsp
	call	strlen@PLT
	movq	%rbp, %rdi
	movq	%rax, %r12
	call	strlen@PLT
	movq	%rsp, %rcx
	movq	%rax, %r13
	movl	%eax, %edi
	movl	%eax, %esi
	xorl	%eax, %eax
	testl	%r13d, %r13d
	js	.L6
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%rax, %rdx
	movl	%eax, (%rcx,%rax,4)
	addq	$1, %rax
	cmpq	%rsi, %rdx
	jne	.L5
.L6:
	testl	%r12d, %r12d
	jle	.L4
	subl	$1, %r12d
	leal	-1(%r13), %eax
	movl	(%rsp), %esi
	movl	$1, %r10d
	addq	$2, %r12
	leaq	8(%rsp,%rax,4), %r9
.L10:
	movl	%r10d, (%rsp)
	movl	%r10d, %r11d
	testl	%edi, %edi
	jle	.L7
	leaq	4(%rsp), %r14
	.p2align 4,,10
	.p2align 3
.L9:
	movzbl	-1(%rbx,%r10), %r8d
	movq	%r14, %rcx
	movq	%rbp, %rdi
	movl	%r11d, %edx
	.p2align 4,,10
	.p2align 3
.L8:
	movl	%esi, %r15d
	xorl	%eax, %eax
	movl	(%rcx), %esi
	cmpb	%r8b, (%rdi)
	setne	%al
	addl	%r15d, %eax
	leal	1(%rsi), %r15d
	cmpl	%r15d, %eax
	cmovg	%r15d, %eax
	addl	$1, %edx
	cmpl	%edx, %eax
	cmovle	%eax, %edx
	addq	$4, %rcx
	addq	$1, %rdi
	movl	%edx, -4(%rcx)
	cmpq	%rcx, %r9
	jne	.L8
	addq	$1, %r10
	cmpq	%r12, %r10
	je	.L4
	movl	%r11d, %esi
	movl	%r10d, (%rsp)
	movl	%r10d, %r11d
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	%r13d, %r13
	movl	(%rsp,%r13,4), %eax
	addq	$1032, %rsp
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	ret
.L7:
	addq	$1, %r10
	cmpq	%r12, %r10
	je	.L4
	movl	%r11d, %esi
	jmp	.L10
	.size	edit_distance, .-edit_distance
	.section	.note.GNU-stack,"",@progbits
