	.file	"is_palindrome.c"
	.text
	.p2align 4
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	pushq	%rbx
	movq	%rdi, %rbx
	call	strlen@PLT
	testq	%rax, %rax
	je	.L12
	movq	%rax, %rsi
	xorl	%ecx, %ecx
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L20:
	leal	-48(%rax), %edx
	cmpb	$9, %dl
	ja	.L18
	subq	$1, %rsi
	movzbl	(%rbx,%rsi), %edx
	movl	%edx, %edi
	andl	$-33, %edi
	subl	$65, %edi
	cmpb	$25, %dil
	jbe	.L17
	leal	-48(%rdx), %edi
	cmpb	$9, %dil
	ja	.L5
.L7:
	cmpb	%al, %dl
	jne	.L14
.L18:
	addq	$1, %rcx
.L5:
	cmpq	%rsi, %rcx
	jnb	.L12
.L9:
	movzbl	(%rbx,%rcx), %eax
	movl	%eax, %edx
	andl	$-33, %edx
	subl	$65, %edx
	cmpb	$25, %dl
	ja	.L20
	subq	$1, %rsi
	leal	-65(%rax), %r8d
	movzbl	(%rbx,%rsi), %edx
	movl	%edx, %edi
	andl	$-33, %edi
	subl	$65, %edi
	cmpb	$25, %dil
	jbe	.L6
	leal	-48(%rdx), %edi
	cmpb	$9, %dil
	ja	.L5
	cmpb	$25, %r8b
	ja	.L7
.L14:
	xorl	%eax, %eax
	popq	%rbx
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	leal	32(%rax), %edi
	cmpb	$26, %r8b
	cmovb	%edi, %eax
.L17:
	leal	-65(%rdx), %edi
	cmpb	$25, %dil
	ja	.L7
	addl	$32, %edx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L12:
	movl	$1, %eax
	popq	%rbx
	ret
	.size	is_palindrome, .-is_palindrome
	.section	.note.GNU-stack,"",@progbits
