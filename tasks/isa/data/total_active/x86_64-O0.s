	.file	"total_active.c"
	.text
	.globl	total_active
	.type	total_active, @function
total_active:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -40(%rbp)
	movl	%esi, -44(%rbp)
	movl	%edx, -48(%rbp)
	movq	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L2
.L4:
	movl	-12(%rbp), %eax
	cltq
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movq	%rax, -24(%rbp)
	movq	-24(%rbp), %rax
	movzbl	12(%rax), %eax
	testb	%al, %al
	je	.L3
	movq	-24(%rbp), %rax
	movzbl	13(%rax), %eax
	testb	%al, %al
	jne	.L3
	movq	-24(%rbp), %rax
	movl	8(%rax), %eax
	cmpl	%eax, -48(%rbp)
	jg	.L3
	movq	-24(%rbp), %rax
	movl	8(%rax), %eax
	cltq
	addq	%rax, -8(%rbp)
.L3:
	addl	$1, -12(%rbp)
.L2:
	movl	-12(%rbp), %eax
	cmpl	-44(%rbp), %eax
	jl	.L4
	movq	-8(%rbp), %rax
	popq	%rbp
	ret
	.size	total_active, .-total_active
	.section	.note.GNU-stack,"",@progbits
