	.file	"rle_encode.c"
	.text
	.p2align 4
	.globl	rle_encode
	.type	rle_encode, @function
rle_encode:
	pushq	%r12
	xorl	%r11d, %r11d
	pushq	%rbp
	pushq	%rbx
	movzbl	(%rdi), %eax
	movq	%rsi, %rbx
	testb	%al, %al
	je	.L3
	movq	%rdi, %r8
	xorl	%r11d, %r11d
	leaq	2(%rsi), %rbp
	movl	$3435973837, %r9d
	leaq	-12(%rsp), %r12
	leaq	-13(%rsp), %r10
	.p2align 4,,10
	.p2align 3
.L2:
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L4:
	addq	$1, %r8
	addl	$1, %edx
	cmpb	%al, (%r8)
	je	.L4
	movb	%al, (%rbx,%r11)
	movl	$1, %edi
	.p2align 4,,10
	.p2align 3
.L5:
	movl	%edx, %eax
	movl	%edx, %ecx
	imulq	%r9, %rax
	shrq	$35, %rax
	leal	(%rax,%rax,4), %esi
	addl	%esi, %esi
	subl	%esi, %ecx
	movl	%edx, %esi
	movl	%eax, %edx
	addl	$48, %ecx
	movb	%cl, (%r10,%rdi)
	movq	%rdi, %rcx
	leaq	1(%rdi), %rdi
	cmpl	$9, %esi
	ja	.L5
	movslq	%ecx, %rdx
	leaq	0(%rbp,%r11), %rdi
	leal	-1(%rcx), %esi
	addq	%r12, %rdx
	leaq	1(%rbx,%r11), %rax
	addq	%rsi, %rdi
	.p2align 4,,10
	.p2align 3
.L6:
	movzbl	-1(%rdx), %esi
	addq	$1, %rax
	subq	$1, %rdx
	movb	%sil, -1(%rax)
	cmpq	%rdi, %rax
	jne	.L6
	addl	$1, %ecx
	movzbl	(%r8), %eax
	movslq	%ecx, %rcx
	addq	%rcx, %r11
	testb	%al, %al
	jne	.L2
	addq	%r11, %rbx
.L3:
	movb	$0, (%rbx)
	movq	%r11, %rax
	popq	%rbx
	popq	%rbp
	popq	%r12
	ret
	.size	rle_encode, .-rle_encode
	.section	.note.GNU-stack,"",@progbits
