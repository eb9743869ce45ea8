	.file	"fnv1a.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	fnv1a
	.type	fnv1a, @function
fnv1a:
	addi	sp,sp,-48
	sd	s0,40(sp)
	addi	s0,sp,48
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	lla	a5,.LC0
	ld	a5,0(a5)
	sd	a5,-24(s0)
	sd	zero,-32(s0)
	j	.L2
.L3:
	ld	a4,-40(s0)
	ld	a5,-32(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	mv	a4,a5
	ld	a5,-24(s0)
	xor	a5,a5,a4
	sd	a5,-24(s0)
	ld	a4,-24(s0)
	li	a5,1
	slli	a5,a5,40
	addi	a5,a5,435
	mul	a5,a4,a5
	sd	a5,-24(s0)
	ld	a5,-32(s0)
	addi	a5,a5,1
	sd	a5,-32(s0)
.L2:
	ld	a4,-32(s0)
	ld	a5,-48(s0)
	bltu	a4,a5,.L3
	ld	a5,-24(s0)
	mv	a0,a5
	ld	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	fnv1a, .-fnv1a
	.section	.rodata
	.align	3
.LC0:
	.dword	-3750763034362895579
	.section	.note.GNU-stack,"",@progbits
