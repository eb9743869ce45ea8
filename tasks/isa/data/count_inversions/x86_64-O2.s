	.file	"count_inversions.c"
	.text
	.p2align 4
	.globl	count_inversions
	.type	count_inversions, @function
count_inversions:
	testl	%esi, %esi
	jle	.L8
	movl	%esi, %r9d
	movl	$1, %r8d
	xorl	%ecx, %ecx
	cmpl	$1, %esi
	je	.L1
	.p2align 4,,10
	.p2align 3
.L7:
	movl	-4(%rdi,%r8,4), %edx
	movq	%r8, %rax
	.p2align 4,,10
	.p2align 3
.L6:
	cmpl	(%rdi,%rax,4), %edx
	jle	.L5
	addq	$1, %rcx
.L5:
	addq	$1, %rax
	cmpl	%eax, %esi
	jg	.L6
	addq	$1, %r8
	cmpq	%r9, %r8
	jne	.L7
.L1:
	movq	%rcx, %rax
	ret
.L8:
	xorl	%ecx, %ecx
	movq	%rcx, %rax
	ret
	.size	count_inversions, .-count_inversions
	.section	.note.GNU-stack,"",@progbits
