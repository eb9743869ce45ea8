	.file	"lower_bound.c"
	.text
	.p2align 4
	.globl	lower_bound
	.type	lower_bound, @function
lower_bound:
	xorl	%ecx, %ecx
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	movl	%esi, %eax
	subl	%ecx, %eax
	sarl	%eax
	addl	%ecx, %eax
	movslq	%eax, %r8
	cmpl	%edx, (%rdi,%r8,4)
	jl	.L7
	movl	%eax, %esi
.L3:
	cmpl	%ecx, %esi
	jg	.L4
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	leal	1(%rax), %ecx
	jmp	.L3
	.size	lower_bound, .-lower_bound
	.section	.note.GNU-stack,"",@progbits
