	.file	"insertion_sort.c"
	.text
	.p2align 4
	.globl	insertion_sort
	.type	insertion_sort, @function
insertion_sort:
	leal	-1(%rsi), %r9d
	xorl	%r8d, %r8d
	cmpl	$1, %esi
	jle	.L1
	.p2align 4,,10
	.p2align 3
.L6:
	movl	4(%rdi,%r8,4), %ecx
	movq	%r8, %rax
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L5:
	movl	%edx, 4(%rdi,%rax,4)
	subq	$1, %rax
	cmpl	$-1, %eax
	je	.L8
.L3:
	movl	(%rdi,%rax,4), %edx
	cmpl	%ecx, %edx
	jg	.L5
	addl	$1, %eax
	cltq
	leaq	(%rdi,%rax,4), %rax
.L4:
	addq	$1, %r8
	movl	%ecx, (%rax)
	cmpq	%r8, %r9
	jne	.L6
.L1:
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	movq	%rdi, %rax
	jmp	.L4
	.size	insertion_sort, .-insertion_sort
	.section	.note.GNU-stack,"",@progbits
