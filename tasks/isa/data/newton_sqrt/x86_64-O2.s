	.file	"newton_sqrt.c"
	.text
	.p2align 4
	.globl	newton_sqrt
	.type	newton_sqrt, @function
newton_sqrt:
	movapd	%xmm0, %xmm2
	pxor	%xmm0, %xmm0
	comisd	%xmm2, %xmm0
	ja	.L8
	ucomisd	%xmm0, %xmm2
	movl	$0, %edx
	movapd	%xmm2, %xmm0
	setnp	%al
	cmovne	%edx, %eax
	testb	%al, %al
	jne	.L1
	ucomisd	%xmm2, %xmm2
	jnp	.L15
.L1:
	ret
	.p2align 4,,10
	.p2align 3
.L15:
	comisd	.LC3(%rip), %xmm2
	ja	.L1
	movapd	%xmm2, %xmm1
	maxsd	.LC0(%rip), %xmm1
	movsd	.LC4(%rip), %xmm3
	.p2align 4,,10
	.p2align 3
.L6:
	movapd	%xmm1, %xmm0
	movapd	%xmm2, %xmm1
	divsd	%xmm0, %xmm1
	addsd	%xmm0, %xmm1
	mulsd	%xmm3, %xmm1
	comisd	%xmm0, %xmm1
	jb	.L6
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	movsd	.LC1(%rip), %xmm0
	ret
	.size	newton_sqrt, .-newton_sqrt
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	0
	.long	1072693248
	.align 8
.LC1:
	.long	0
	.long	-1074790400
	.align 8
.LC3:
	.long	-2013235812
	.long	2117592124
	.align 8
.LC4:
	.long	0
	.long	1071644672
	.section	.note.GNU-stack,"",@progbits
