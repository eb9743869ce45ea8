	.file	"crc32_bitwise.c"
	.text
	.p2align 4
	.globl	crc32_bitwise
	.type	crc32_bitwise, @function
crc32_bitwise:
	testq	%rsi, %rsi
	je	.L5
	addq	%rdi, %rsi
	movl	$-1, %eax
	.p2align 4,,10
	.p2align 3
.L4:
	movzbl	(%rdi), %edx
	xorl	%edx, %eax
	movl	$8, %edx
	.p2align 4,,10
	.p2align 3
.L3:
	movl	%eax, %ecx
	andl	$1, %eax
	negl	%eax
	shrl	%ecx
	andl	$-306674912, %eax
	xorl	%ecx, %eax
	subl	$1, %edx
	jne	.L3
	addq	$1, %rdi
	cmpq	%rsi, %rdi
	jne	.L4
	notl	%eax
	ret
.L5:
	xorl	%eax, %eax
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.section	.note.GNU-stack,"",@progbits
