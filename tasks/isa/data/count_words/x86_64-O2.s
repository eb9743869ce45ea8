	.file	"count_words.c"
	.text
	.p2align 4
	.globl	count_words
	.type	count_words, @function
count_words:
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L5
	xorl	%ecx, %ecx
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L4:
	leal	-9(%rax), %edx
	cmpb	$4, %dl
	jbe	.L6
	cmpb	$32, %al
	jne	.L9
.L6:
	xorl	%ecx, %ecx
.L3:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	jne	.L4
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	testl	%ecx, %ecx
	jne	.L3
	addl	$1, %esi
	movl	$1, %ecx
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%esi, %esi
	movl	%esi, %eax
	ret
	.size	count_words, .-count_words
	.section	.note.GNU-stack,"",@progbits
