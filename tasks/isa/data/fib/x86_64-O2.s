	.file	"fib.c"
	.text
	.p2align 4
	.globl	fib
	.type	fib, @function
fib:
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	movl	%edi, %r12d
	pushq	%rbp
	pushq	%rbx
	xorl	%ebx, %ebx
	subq	$120, %rsp
	cmpl	$1, %edi
	jle	.L4
	leal	-1(%rdi), %eax
	movl	%edi, %r13d
	xorl	%ebx, %ebx
	movl	%edi, %ebp
	movl	%eax, %edx
	movl	%eax, %r15d
	andl	$-2, %edx
	subl	%edx, %r13d
	movl	%r13d, %r12d
.L5:
	cmpl	%ebp, %r12d
	je	.L33
	subl	$2, %ebp
	movl	%r15d, %ecx
	movl	%r12d, 36(%rsp)
	movl	%r15d, %edx
	movl	%ebp, %eax
	xorl	%r13d, %r13d
	movq	%rbx, %r15
	andl	$-2, %eax
	subl	%eax, %ecx
	movl	%ecx, 60(%rsp)
.L8:
	leal	-1(%rdx), %eax
	cmpl	%edx, 60(%rsp)
	je	.L34
	leal	-2(%rdx), %r12d
	movl	%eax, %esi
	movq	%r13, 40(%rsp)
	xorl	%ebx, %ebx
	movl	%r12d, %ecx
	movl	%r12d, 56(%rsp)
	movq	%rbx, %r14
	movl	%ebp, %r12d
	andl	$-2, %ecx
	subl	%ecx, %esi
	movl	%esi, 64(%rsp)
.L11:
	movl	64(%rsp), %esi
	leal	-1(%rax), %edi
	cmpl	%esi, %eax
	je	.L35
	leal	-2(%rax), %ecx
	movl	%edi, %esi
	movq	%r15, 48(%rsp)
	xorl	%ebx, %ebx
	movl	%ecx, %eax
	andl	$-2, %eax
	subl	%eax, %esi
	movl	%r12d, %eax
	movq	%rbx, %r12
	movl	%esi, 68(%rsp)
	movl	%eax, %ebx
	movl	%ecx, %esi
.L14:
	movl	68(%rsp), %eax
	leal	-1(%rdi), %r9d
	cmpl	%eax, %edi
	je	.L36
	subl	$2, %edi
	movl	%r9d, %r13d
	movq	%r14, %r8
	movl	%esi, %r11d
	movl	%edi, %ecx
	movq	%r12, %rsi
	xorl	%r15d, %r15d
	movl	%r9d, %r14d
	andl	$-2, %ecx
	movl	%edi, %r10d
	subl	%ecx, %r13d
	movl	%r13d, %r12d
.L17:
	leal	-1(%r14), %eax
	cmpl	%r12d, %r14d
	je	.L37
	subl	$2, %r14d
	movl	%eax, %edx
	movq	%r8, %r9
	xorl	%r13d, %r13d
	movl	%r14d, %edi
	movq	%rsi, %r8
	andl	$-2, %edi
	subl	%edi, %edx
	movl	%edx, 24(%rsp)
.L20:
	movl	24(%rsp), %esi
	leal	-1(%rax), %ebp
	cmpl	%esi, %eax
	je	.L38
	leal	-3(%rax), %edi
	subl	$2, %eax
	movl	%ebp, %esi
	xorl	%ecx, %ecx
	movl	%eax, %edx
	movl	%edi, (%rsp)
	andl	$-2, %edx
	subl	%edx, %esi
	movl	%esi, 32(%rsp)
.L23:
	movl	32(%rsp), %edi
	leal	-1(%rbp), %edx
	cmpl	%edi, %ebp
	je	.L39
	movl	(%rsp), %edi
	movl	%edx, %esi
	movl	%eax, 28(%rsp)
	movq	%r9, 8(%rsp)
	movl	%ebx, %r9d
	andl	$-2, %edi
	movq	%rcx, 16(%rsp)
	subl	%edi, %esi
	movl	%esi, 4(%rsp)
	xorl	%esi, %esi
	movq	%rsi, %rcx
.L26:
	movl	4(%rsp), %eax
	leal	-1(%rdx), %ebx
	cmpl	%eax, %edx
	je	.L40
	xorl	%esi, %esi
.L24:
	leal	-1(%rbx), %edi
	movl	%r9d, 108(%rsp)
	subl	$2, %ebx
	movl	%r10d, 104(%rsp)
	movl	%r11d, 100(%rsp)
	movq	%rsi, 88(%rsp)
	movq	%rcx, 80(%rsp)
	movl	%edx, 96(%rsp)
	movq	%r8, 72(%rsp)
	call	fib
	movq	88(%rsp), %rsi
	movq	72(%rsp), %r8
	movl	96(%rsp), %edx
	movq	80(%rsp), %rcx
	addq	%rax, %rsi
	cmpl	$1, %ebx
	movl	100(%rsp), %r11d
	movl	104(%rsp), %r10d
	movl	108(%rsp), %r9d
	jg	.L24
	leal	-3(%rdx), %edi
	subl	$2, %edx
	andl	$1, %edi
	addq	%rsi, %rdi
	addq	%rdi, %rcx
	cmpl	$1, %edx
	jg	.L26
	movq	%rcx, %rsi
	movl	%r9d, %ebx
	movq	16(%rsp), %rcx
	movq	8(%rsp), %r9
	movl	28(%rsp), %eax
.L25:
	movslq	%edx, %rdx
	subl	$2, %ebp
	subl	$2, (%rsp)
	addq	%rsi, %rdx
	addq	%rdx, %rcx
	cmpl	$1, %ebp
	jg	.L23
	movslq	%ebp, %rdx
	addq	%rcx, %rdx
	addq	%rdx, %r13
	cmpl	$1, %eax
	jg	.L20
.L41:
	movq	%r8, %rsi
	movq	%r9, %r8
.L19:
	cltq
	addq	%r13, %rax
	addq	%rax, %r15
	cmpl	$1, %r14d
	jg	.L17
	movq	%rsi, %r12
	movl	%r14d, %r9d
	movl	%r11d, %esi
	movq	%r8, %r14
	movl	%r10d, %edi
.L16:
	movslq	%r9d, %rcx
	addq	%r15, %rcx
	addq	%rcx, %r12
	cmpl	$1, %edi
	jg	.L14
	movl	%ebx, %eax
	movq	48(%rsp), %r15
	movq	%r12, %rbx
	movl	%esi, %ecx
	movl	%eax, %r12d
.L13:
	movl	%ecx, %eax
	movslq	%edi, %rcx
	addq	%rbx, %rcx
	addq	%rcx, %r14
	cmpl	$1, %eax
	jg	.L11
	movl	%r12d, %ebp
	movq	40(%rsp), %r13
	movl	56(%rsp), %r12d
	movq	%r14, %rbx
	jmp	.L10
.L38:
	movq	%r8, %rsi
	subl	$2, %eax
	movq	%r9, %r8
	addq	$1, %r13
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L39:
	subl	$2, %ebp
	addq	$1, %rcx
	movslq	%ebp, %rdx
	addq	%rcx, %rdx
	addq	%rdx, %r13
	cmpl	$1, %eax
	jg	.L20
	jmp	.L41
	.p2align 4,,10
	.p2align 3
.L40:
	movq	%rcx, %rsi
	movl	%r9d, %ebx
	movq	16(%rsp), %rcx
	movq	8(%rsp), %r9
	movl	28(%rsp), %eax
	subl	$2, %edx
	addq	$1, %rsi
	jmp	.L25
.L37:
	movl	%r14d, %r9d
	movq	%rsi, %r12
	movq	%r8, %r14
	movl	%r11d, %esi
	movl	%r10d, %edi
	subl	$2, %r9d
	addq	$1, %r15
	jmp	.L16
.L36:
	movl	%ebx, %eax
	movq	%r12, %rbx
	movq	48(%rsp), %r15
	movl	%esi, %ecx
	movl	%eax, %r12d
	subl	$2, %edi
	addq	$1, %rbx
	jmp	.L13
.L35:
	movq	%r14, %rbx
	movl	%r12d, %ebp
	movq	40(%rsp), %r13
	movl	56(%rsp), %r12d
	subl	$2, %eax
	addq	$1, %rbx
.L10:
	cltq
	movl	%r12d, %edx
	addq	%rbx, %rax
	addq	%rax, %r13
	cmpl	$1, %r12d
	jg	.L8
	movq	%r15, %rbx
	movl	%r12d, %r15d
	movl	36(%rsp), %r12d
	movslq	%r15d, %r15
	leaq	(%r15,%r13), %rax
	addq	%rax, %rbx
	cmpl	$1, %ebp
	jg	.L42
.L30:
	movl	%ebp, %r12d
	jmp	.L4
.L33:
	movl	%ebp, %r12d
	addq	$1, %rbx
	subl	$2, %r12d
.L4:
	addq	$120, %rsp
	movslq	%r12d, %r12
	leaq	(%r12,%rbx), %rax
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	ret
.L34:
	movq	%r15, %rbx
	movl	%edx, %r15d
	addq	$1, %r13
	movl	36(%rsp), %r12d
	subl	$2, %r15d
	movslq	%r15d, %r15
	leaq	(%r15,%r13), %rax
	addq	%rax, %rbx
	cmpl	$1, %ebp
	jle	.L30
.L42:
	leal	-1(%rbp), %r15d
	jmp	.L5
	.size	fib, .-fib
	.section	.note.GNU-stack,"",@progbits
