	.file	"newton_sqrt.c"
	.text
	.globl	newton_sqrt
	.type	newton_sqrt, @function
newton_sqrt:
	pushq	%rbp
	movq	%rsp, %rbp
	movsd	%xmm0, -24(%rbp)
	pxor	%xmm0, %xmm0
	comisd	-24(%rbp), %xmm0
	jbe	.L19
	movsd	.LC1(%rip), %xmm0
	jmp	.L4
.L19:
	pxor	%xmm0, %xmm0
	ucomisd	-24(%rbp), %xmm0
	jp	.L16
	pxor	%xmm0, %xmm0
	ucomisd	-24(%rbp), %xmm0
	je	.L5
.L16:
	movsd	-24(%rbp), %xmm0
	ucomisd	-24(%rbp), %xmm0
	jp	.L5
	movsd	-24(%rbp), %xmm0
	comisd	.LC2(%rip), %xmm0
	jbe	.L20
.L5:
	movsd	-24(%rbp), %xmm0
	jmp	.L4
.L20:
	movsd	-24(%rbp), %xmm0
	movsd	.LC3(%rip), %xmm1
	comisd	%xmm1, %xmm0
	jbe	.L21
	movsd	-24(%rbp), %xmm0
	jmp	.L11
.L21:
	movsd	.LC3(%rip), %xmm0
.L11:
	movsd	%xmm0, -8(%rbp)
.L14:
	movsd	-24(%rbp), %xmm0
	divsd	-8(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	addsd	-8(%rbp), %xmm1
	movsd	.LC4(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	-16(%rbp), %xmm0
	comisd	-8(%rbp), %xmm0
	jb	.L22
	movsd	-8(%rbp), %xmm0
	jmp	.L4
.L22:
	movsd	-16(%rbp), %xmm0
	movsd	%xmm0, -8(%rbp)
	jmp	.L14
.L4:
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	ret
	.size	newton_sqrt, .-newton_sqrt
	.section	.rodata
	.align 8
.LC1:
	.long	0
	.long	-1074790400
	.align 8
.LC2:
	.long	-2013235812
	.long	2117592124
	.align 8
.LC3:
	.long	0
	.long	1072693248
	.align 8
.LC4:
	.long	0
	.long	1071644672
	.section	.note.GNU-stack,"",@progbits
