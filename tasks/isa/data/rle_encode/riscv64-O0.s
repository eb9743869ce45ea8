	.file	"rle_encode.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	rle_encode
	.type	rle_encode, @function
rle_encode:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	sd	a1,-64(s0)
	sd	zero,-24(s0)
	j	.L2
.L8:
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	sb	a5,-33(s0)
	sw	zero,-28(s0)
	j	.L3
.L4:
	ld	a5,-56(s0)
	addi	a5,a5,1
	sd	a5,-56(s0)
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L3:
	ld	a5,-56(s0)
	lbu	a4,0(a5)
	lbu	a5,-33(s0)
	andi	a5,a5,0xff
	beq	a5,a4,.L4
	ld	a5,-24(s0)
	addi	a4,a5,1
	sd	a4,-24(s0)
	ld	a4,-64(s0)
	add	a5,a4,a5
	lbu	a4,-33(s0)
	sb	a4,0(a5)
	sw	zero,-32(s0)
.L5:
	lw	a5,-28(s0)
	mv	a4,a5
	li	a5,10
	remuw	a5,a4,a5
	sext.w	a5,a5
	andi	a4,a5,0xff
	lw	a5,-32(s0)
	addiw	a3,a5,1
	sw	a3,-32(s0)
	addiw	a4,a4,48
	andi	a4,a4,0xff
	addi	a5,a5,-16
	add	a5,a5,s0
	sb	a4,-32(a5)
	lw	a5,-28(s0)
	mv	a4,a5
	li	a5,10
	divuw	a5,a4,a5
	sw	a5,-28(s0)
	lw	a5,-28(s0)
	sext.w	a5,a5
	bne	a5,zero,.L5
	j	.L6
.L7:
	lw	a5,-32(s0)
	addiw	a5,a5,-1
	sw	a5,-32(s0)
	ld	a5,-24(s0)
	addi	a4,a5,1
	sd	a4,-24(s0)
	ld	a4,-64(s0)
	add	a5,a4,a5
	lw	a4,-32(s0)
	addi	a4,a4,-16
	add	a4,a4,s0
	lbu	a4,-32(a4)
	sb	a4,0(a5)
.L6:
	lw	a5,-32(s0)
	sext.w	a5,a5
	bne	a5,zero,.L7
.L2:
	ld	a5,-56(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L8
	ld	a4,-64(s0)
	ld	a5,-24(s0)
	add	a5,a4,a5
	sb	zero,0(a5)
	ld	a5,-24(s0)
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	rle_encode, .-rle_encode
	.section	.note.GNU-stack,"",@progbits
