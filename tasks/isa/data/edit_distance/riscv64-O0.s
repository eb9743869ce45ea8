	.file	"edit_distance.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	edit_distance
	.type	edit_distance, @function
edit_distance:
	addi	sp,sp,-1088
	sd	ra,1080(sp)
	sd	s0,1072(sp)
	addi	s0,sp,1088
	sd	a0,-1080(s0)
	sd	a1,-1088(s0)
	ld	a0,-1080(s0)
	call	strlen@plt
	mv	a5,a0
	sw	a5,-40(s0)
	ld	a0,-1088(s0)
	call	strlen@plt
	mv	a5,a0
	sw	a5,-44(s0)
	sw	zero,-20(s0)
	j	.L2
.L3:
	lw	a5,-20(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-20(s0)
	sw	a4,-1056(a5)
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L2:
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L3
	li	a5,1
	sw	a5,-24(s0)
	j	.L4
.L9:
	lw	a5,-1072(s0)
	sw	a5,-28(s0)
	lw	a5,-24(s0)
	sw	a5,-1072(s0)
	li	a5,1
	sw	a5,-32(s0)
	j	.L5
.L8:
	lw	a5,-32(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	sw	a5,-48(s0)
	lw	a5,-24(s0)
	addi	a5,a5,-1
	ld	a4,-1080(s0)
	add	a5,a4,a5
	lbu	a3,0(a5)
	lw	a5,-32(s0)
	addi	a5,a5,-1
	ld	a4,-1088(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	sext.w	a4,a3
	sext.w	a5,a5
	sub	a5,a4,a5
	snez	a5,a5
	andi	a5,a5,0xff
	sext.w	a5,a5
	lw	a4,-28(s0)
	addw	a5,a4,a5
	sw	a5,-36(s0)
	lw	a5,-48(s0)
	addiw	a5,a5,1
	sext.w	a4,a5
	lw	a5,-36(s0)
	sext.w	a5,a5
	ble	a5,a4,.L6
	lw	a5,-48(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L6:
	lw	a5,-32(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	addiw	a5,a5,1
	sext.w	a4,a5
	lw	a5,-36(s0)
	sext.w	a5,a5
	ble	a5,a4,.L7
	lw	a5,-32(s0)
	addiw	a5,a5,-1
	sext.w	a5,a5
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L7:
	lw	a5,-32(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a4,-36(s0)
	sw	a4,-1056(a5)
	lw	a5,-48(s0)
	sw	a5,-28(s0)
	lw	a5,-32(s0)
	addiw	a5,a5,1
	sw	a5,-32(s0)
.L5:
	lw	a5,-32(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L8
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
.L4:
	lw	a5,-24(s0)
	mv	a4,a5
	lw	a5,-40(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	ble	a4,a5,.L9
	lw	a5,-44(s0)
	slli	a5,a5,2
	addi	a5,a5,-16
	add	a5,a5,s0
	lw	a5,-1056(a5)
	mv	a0,a5
	ld	ra,1080(sp)
	ld	s0,1072(sp)
	addi	sp,sp,1088
	jr	ra
	.size	edit_distance, .-edit_distance
	.section	.note.GNU-stack,"",@progbits
