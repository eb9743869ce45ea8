	.file	"parse_long.c"
	.text
	.p2align 4
	.globl	parse_long
	.type	parse_long, @function
parse_long:
	movzbl	(%rdi), %eax
	movq	%rsi, %r10
	leal	-43(%rax), %edx
	andl	$253, %edx
	je	.L2
	xorl	%edx, %edx
	testb	%al, %al
	je	.L1
.L10:
	movabsq	$9223372036854775807, %r8
	xorl	%r11d, %r11d
.L4:
	movabsq	$-3689348814741910323, %r9
	xorl	%esi, %esi
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L18:
	movsbq	%al, %rcx
	movq	%r8, %rdx
	subq	%rcx, %rdx
	movq	%rdx, %rax
	mulq	%r9
	shrq	$3, %rdx
	cmpq	%rsi, %rdx
	jb	.L12
	leaq	(%rsi,%rsi,4), %rax
	addq	$1, %rdi
	leaq	(%rcx,%rax,2), %rsi
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L17
.L5:
	subl	$48, %eax
	cmpb	$9, %al
	jbe	.L18
.L12:
	xorl	%edx, %edx
.L1:
	movl	%edx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L2:
	movzbl	1(%rdi), %ecx
	leaq	1(%rdi), %rsi
	xorl	%edx, %edx
	testb	%cl, %cl
	je	.L1
	cmpb	$45, %al
	movq	%rsi, %rdi
	movl	%ecx, %eax
	jne	.L10
	movabsq	$-9223372036854775808, %r8
	movl	$1, %r11d
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L17:
	movq	%rsi, %rax
	movl	$1, %edx
	negq	%rax
	testl	%r11d, %r11d
	cmove	%rsi, %rax
	movq	%rax, (%r10)
	movl	%edx, %eax
	ret
	.size	parse_long, .-parse_long
	.section	.note.GNU-stack,"",@progbits
