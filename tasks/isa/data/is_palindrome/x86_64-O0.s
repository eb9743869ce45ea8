	.file	"is_palindrome.c"
	.text
	.type	alnum, @function
alnum:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	cmpb	$96, -4(%rbp)
	jle	.L2
	cmpb	$122, -4(%rbp)
	jle	.L3
.L2:
	cmpb	$64, -4(%rbp)
	jle	.L4
	cmpb	$90, -4(%rbp)
	jle	.L3
.L4:
	cmpb	$47, -4(%rbp)
	jle	.L5
	cmpb	$57, -4(%rbp)
	jg	.L5
.L3:
	movl	$1, %eax
	jmp	.L7
.L5:
	movl	$0, %eax
.L7:
	popq	%rbp
	ret
	.size	alnum, .-alnum
	.type	lower, @function
lower:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	cmpb	$64, -4(%rbp)
	jle	.L9
	cmpb	$90, -4(%rbp)
	jg	.L9
	movzbl	-4(%rbp), %eax
	addl	$32, %eax
	jmp	.L11
.L9:
	movzbl	-4(%rbp), %eax
.L11:
	popq	%rbp
	ret
	.size	lower, .-lower
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	subq	$40, %rsp
	movq	%rdi, -40(%rbp)
	movq	$0, -24(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, -32(%rbp)
	jmp	.L13
.L18:
	movq	-40(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	movl	%eax, %edi
	call	alnum
	testl	%eax, %eax
	jne	.L14
	addq	$1, -24(%rbp)
	jmp	.L13
.L14:
	movq	-32(%rbp), %rax
	leaq	-1(%rax), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	movl	%eax, %edi
	call	alnum
	testl	%eax, %eax
	jne	.L15
	subq	$1, -32(%rbp)
	jmp	.L13
.L15:
	movq	-40(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	movl	%eax, %edi
	call	lower
	movl	%eax, %ebx
	movq	-32(%rbp), %rax
	leaq	-1(%rax), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	movl	%eax, %edi
	call	lower
	cmpb	%al, %bl
	je	.L16
	movl	$0, %eax
	jmp	.L17
.L16:
	addq	$1, -24(%rbp)
	subq	$1, -32(%rbp)
.L13:
	movq	-24(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jb	.L18
	movl	$1, %eax
.L17:
	movq	-8(%rbp), %rbx
	leave
	ret
	.size	is_palindrome, .-is_palindrome
	.section	.note.GNU-stack,"",@progbits
