	.file	"reverse_bits.c"
	.text
	.p2align 4
	.globl	reverse_bits
	.type	reverse_bits, @function
reverse_bits:
	movl	$32, %edx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L2:
	movl	%edi, %ecx
	addl	%eax, %eax
	shrl	%edi
	andl	$1, %ecx
	orl	%ecx, %eax
	subl	$1, %edx
	jne	.L2
	ret
	.size	reverse_bits, .-reverse_bits
	.section	.note.GNU-stack,"",@progbits
