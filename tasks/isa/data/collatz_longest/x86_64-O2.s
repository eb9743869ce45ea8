	.file	"collatz_longest.c"
	.text
	.p2align 4
	.globl	collatz_longest
	.type	collatz_longest, @function
collatz_longest:
	cmpl	$1, %edi
	jbe	.L9
	xorl	%esi, %esi
	movl	%edi, %edi
	xorl	%r9d, %r9d
	movl	$1, %r8d
	movl	$1, %ecx
	xorl	%eax, %eax
	xorl	%edx, %edx
	testl	%esi, %esi
	je	.L10
	.p2align 4,,10
	.p2align 3
.L18:
	testb	%al, %al
	jne	.L10
	addq	$1, %rcx
	cmpq	%rcx, %rdi
	je	.L1
.L19:
	movl	%ecx, %r8d
	movq	%rcx, %rax
	xorl	%edx, %edx
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L17:
	leaq	1(%rax,%rax,2), %rax
	addl	$1, %edx
	cmpq	$1, %rax
	je	.L16
.L6:
	testb	$1, %al
	jne	.L17
	shrq	%rax
	addl	$1, %edx
	cmpq	$1, %rax
	jne	.L6
.L16:
	cmpl	%edx, %r9d
	setb	%al
	testl	%esi, %esi
	jne	.L18
.L10:
	addq	$1, %rcx
	movl	%edx, %r9d
	movl	%r8d, %esi
	cmpq	%rcx, %rdi
	jne	.L19
.L1:
	movl	%esi, %eax
	ret
.L9:
	xorl	%esi, %esi
	movl	%esi, %eax
	ret
	.size	collatz_longest, .-collatz_longest
	.section	.note.GNU-stack,"",@progbits
