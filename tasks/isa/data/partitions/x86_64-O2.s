	.file	"partitions.c"
	.text
	.p2align 4
	.globl	partitions
	.type	partitions, @function
partitions:
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbp
	pushq	%rbx
	subq	$104, %rsp
	testl	%edi, %edi
	je	.L28
	js	.L29
	movl	%esi, %r14d
	testl	%esi, %esi
	jle	.L29
	movl	%edi, %eax
	xorl	%r13d, %r13d
	subl	%esi, %eax
	movl	%eax, %ebp
.L27:
	testl	%ebp, %ebp
	je	.L3
	js	.L4
	xorl	%edx, %edx
	movl	%ebp, %r12d
	movl	%r14d, %ebx
	movq	%rdx, %rbp
.L26:
	cmpl	%ebx, %r12d
	je	.L5
	js	.L6
	leal	(%rbx,%rbx), %eax
	movl	%r12d, %r15d
	movl	%ebx, 12(%rsp)
	movq	%r13, %rdx
	subl	%eax, %r15d
	xorl	%eax, %eax
	movl	%r12d, 16(%rsp)
	movl	%r14d, %r13d
	movl	%ebx, %r12d
	movq	%rax, %rbx
.L25:
	testl	%r15d, %r15d
	je	.L7
	js	.L8
	movl	%r12d, 20(%rsp)
	xorl	%eax, %eax
	movq	%rdx, %r8
	movl	%r12d, %r14d
	movq	%rbx, %rdx
	movq	%rax, %rbx
	movl	%r13d, %eax
.L24:
	cmpl	%r14d, %r15d
	je	.L9
	js	.L10
	movl	%r14d, 24(%rsp)
	movl	%r15d, %r12d
	leal	(%r14,%r14), %esi
	xorl	%r13d, %r13d
	movq	%rbp, 32(%rsp)
	movl	%eax, %edi
	subl	%esi, %r12d
	movq	%rdx, %r9
	movl	%r15d, 28(%rsp)
	movq	%rbx, %rax
	movq	%r13, %r15
.L23:
	testl	%r12d, %r12d
	je	.L11
	js	.L12
	movl	%r14d, 40(%rsp)
	xorl	%ebp, %ebp
	movq	%r9, %r11
	movl	%r14d, %ebx
	movq	%r8, %r9
	movl	%r12d, %r13d
	movq	%rax, %r10
	movq	%r15, %rsi
	movq	%rbp, %rdx
	movl	%edi, %r8d
	.p2align 4,,10
	.p2align 3
.L22:
	cmpl	%ebx, %r13d
	je	.L13
	js	.L14
	leal	(%rbx,%rbx), %ebp
	movl	%r13d, %eax
	movl	%r13d, 8(%rsp)
	movl	%r13d, %r15d
	movq	%rdx, (%rsp)
	subl	%ebp, %eax
	addl	%ebx, %ebp
	xorl	%r14d, %r14d
	subl	%ebp, %r15d
	movl	%ebx, %r12d
	movl	%ebx, %ebp
	.p2align 4,,10
	.p2align 3
.L21:
	testl	%eax, %eax
	je	.L15
	js	.L16
	movq	%r11, %rdi
	movq	%r14, %rcx
	movl	%r15d, %r11d
	movl	%r12d, %r14d
	movl	%ebp, %edx
	movl	%r15d, %r12d
	xorl	%ebx, %ebx
	movl	%ebp, %r15d
	.p2align 4,,10
	.p2align 3
.L20:
	testl	%r12d, %r12d
	je	.L17
	js	.L18
	movl	%edx, 72(%rsp)
	xorl	%ebp, %ebp
	movq	%r10, 48(%rsp)
	movq	%rsi, 56(%rsp)
	movq	%rcx, 64(%rsp)
	movl	%r11d, 76(%rsp)
	movq	%r9, 80(%rsp)
	movl	%r8d, 92(%rsp)
	movl	%eax, 88(%rsp)
	movq	%rbx, %rax
	movl	%edx, %ebx
	movl	%r14d, 44(%rsp)
	movq	%rax, %r13
	movq	%rdi, %r14
	.p2align 4,,10
	.p2align 3
.L19:
	movl	%r12d, %edi
	movl	%ebx, %esi
	subl	%ebx, %edi
	call	partitions
	addq	%rax, %rbp
	subl	$1, %ebx
	jne	.L19
	movq	%r14, %rdi
	movq	%r13, %rbx
	movl	72(%rsp), %edx
	movl	44(%rsp), %r14d
	movq	48(%rsp), %r10
	movq	56(%rsp), %rsi
	addq	%rbp, %rbx
	movq	64(%rsp), %rcx
	movl	76(%rsp), %r11d
	movl	88(%rsp), %eax
	movq	80(%rsp), %r9
	movl	92(%rsp), %r8d
.L18:
	addl	$1, %r12d
	subl	$1, %edx
	jne	.L20
	movl	%r14d, %r12d
	movq	%rcx, %r14
	movl	%r15d, %ebp
	movl	%r11d, %r15d
	addq	%rbx, %r14
	movq	%rdi, %r11
.L16:
	addl	$1, %eax
	addl	$2, %r15d
	subl	$1, %ebp
	jne	.L21
	movq	(%rsp), %rdx
	movl	8(%rsp), %r13d
	movl	%r12d, %ebx
	addq	%r14, %rdx
.L14:
	subl	$1, %ebx
	jne	.L22
	movq	%rsi, %r15
	movl	40(%rsp), %r14d
	movl	%r8d, %edi
	movl	%r13d, %r12d
	movq	%r9, %r8
	movq	%r10, %rax
	movq	%r11, %r9
	addq	%rdx, %r15
.L12:
	addl	$1, %r12d
	subl	$1, %r14d
	jne	.L23
	movq	%rax, %rbx
	movq	%r15, %r13
	movl	24(%rsp), %r14d
	movq	32(%rsp), %rbp
	movl	28(%rsp), %r15d
	movq	%r9, %rdx
	movl	%edi, %eax
	addq	%r13, %rbx
.L10:
	subl	$1, %r14d
	jne	.L24
	movl	%eax, %r13d
	movl	20(%rsp), %r12d
	movq	%rbx, %rax
	movq	%rdx, %rbx
	addq	%rax, %rbx
	movq	%r8, %rdx
.L8:
	addl	$1, %r15d
	subl	$1, %r12d
	jne	.L25
	movq	%rbx, %rax
	movl	16(%rsp), %r12d
	movl	12(%rsp), %ebx
	movl	%r13d, %r14d
	addq	%rax, %rbp
	movq	%rdx, %r13
.L6:
	subl	$1, %ebx
	jne	.L26
.L41:
	movq	%rbp, %rdx
	movl	%r12d, %ebp
	addq	%rdx, %r13
.L4:
	addl	$1, %ebp
	subl	$1, %r14d
	jne	.L27
.L1:
	addq	$104, %rsp
	movq	%r13, %rax
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	ret
	.p2align 4,,10
	.p2align 3
.L17:
	addq	$1, %rbx
	jmp	.L18
.L13:
	addq	$1, %rdx
	jmp	.L14
.L11:
	addq	$1, %r15
	jmp	.L12
.L15:
	addq	$1, %r14
	jmp	.L16
.L9:
	addq	$1, %rbx
	jmp	.L10
.L5:
	addq	$1, %rbp
	subl	$1, %ebx
	jne	.L26
	jmp	.L41
	.p2align 4,,10
	.p2align 3
.L7:
	addq	$1, %rbx
	jmp	.L8
.L3:
	addq	$1, %r13
	addl	$1, %ebp
	subl	$1, %r14d
	jne	.L27
	jmp	.L1
.L28:
	movl	$1, %r13d
	jmp	.L1
.L29:
	xorl	%r13d, %r13d
	jmp	.L1
	.size	partitions, .-partitions
	.section	.note.GNU-stack,"",@progbits
