	.file	"partitions.c"
	.text
	.globl	partitions
	.type	partitions, @function
partitions:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	subq	$24, %rsp
	movl	%edi, -20(%rbp)
	movl	%esi, -24(%rbp)
	cmpl	$0, -20(%rbp)
	jne	.L2
	movl	$1, %eax
	jmp	.L3
.L2:
	cmpl	$0, -20(%rbp)
	js	.L4
	cmpl	$0, -24(%rbp)
	jg	.L5
.L4:
	movl	$0, %eax
	jmp	.L3
.L5:
	movl	-20(%rbp), %eax
	subl	-24(%rbp), %eax
	movl	-24(%rbp), %edx
	movl	%edx, %esi
	movl	%eax, %edi
	call	partitions
	movq	%rax, %rbx
	movl	-24(%rbp), %eax
	leal	-1(%rax), %edx
	movl	-20(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	partitions
	addq	%rbx, %rax
.L3:
	movq	-8(%rbp), %rbx
	leave
	ret
	.size	partitions, .-partitions
	.section	.note.GNU-stack,"",@progbits
