	.file	"isqrt64.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	isqrt64
	.type	isqrt64, @function
isqrt64:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	ld	a5,-56(s0)
	sd	a5,-24(s0)
	sd	zero,-32(s0)
	li	a5,1
	slli	a5,a5,62
	sd	a5,-40(s0)
	j	.L2
.L3:
	ld	a5,-40(s0)
	srli	a5,a5,2
	sd	a5,-40(s0)
.L2:
	ld	a4,-40(s0)
	ld	a5,-24(s0)
	bgtu	a4,a5,.L3
	j	.L4
.L7:
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	add	a5,a4,a5
	ld	a4,-24(s0)
	bltu	a4,a5,.L5
	ld	a4,-32(s0)
	ld	a5,-40(s0)
	add	a5,a4,a5
	ld	a4,-24(s0)
	sub	a5,a4,a5
	sd	a5,-24(s0)
	ld	a5,-32(s0)
	srli	a5,a5,1
	ld	a4,-40(s0)
	add	a5,a4,a5
	sd	a5,-32(s0)
	j	.L6
.L5:
	ld	a5,-32(s0)
	srli	a5,a5,1
	sd	a5,-32(s0)
.L6:
	ld	a5,-40(s0)
	srli	a5,a5,2
	sd	a5,-40(s0)
.L4:
	ld	a5,-40(s0)
	bne	a5,zero,.L7
	ld	a5,-32(s0)
	sext.w	a5,a5
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	isqrt64, .-isqrt64
	.section	.note.GNU-stack,"",@progbits
