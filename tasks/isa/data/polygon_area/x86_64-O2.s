	.file	"polygon_area.c"
	.text
	.p2align 4
	.globl	polygon_area
	.type	polygon_area, @function
polygon_area:
	testl	%esi, %esi
	jle	.L5
	movq	%rdi, %r8
	xorl	%ecx, %ecx
	pxor	%xmm0, %xmm0
	.p2align 4,,10
	.p2align 3
.L3:
	addl	$1, %ecx
	movsd	(%r8), %xmm1
	addq	$16, %r8
	movl	%ecx, %eax
	cltd
	idivl	%esi
	movslq	%edx, %rdx
	salq	$4, %rdx
	addq	%rdi, %rdx
	mulsd	8(%rdx), %xmm1
	movsd	(%rdx), %xmm2
	mulsd	-8(%r8), %xmm2
	subsd	%xmm2, %xmm1
	addsd	%xmm1, %xmm0
	cmpl	%esi, %ecx
	jne	.L3
	pxor	%xmm1, %xmm1
	comisd	%xmm0, %xmm1
	ja	.L4
	mulsd	.LC1(%rip), %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	mulsd	.LC3(%rip), %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	pxor	%xmm0, %xmm0
	ret
	.size	polygon_area, .-polygon_area
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC1:
	.long	0
	.long	1071644672
	.align 8
.LC3:
	.long	0
	.long	-1075838976
	.section	.note.GNU-stack,"",@progbits
