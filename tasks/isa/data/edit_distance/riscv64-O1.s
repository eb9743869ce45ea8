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
	addi	sp,sp,-1072
	sd	ra,1064(sp)
	sd	s0,1056(sp)
	sd	s1,1048(sp)
	sd	s2,1040(sp)
	sd	s3,1032(sp)
	mv	s2,a0
	mv	s0,a1
	call	strlen@plt
	mv	s1,a0
	sext.w	s3,a0
	mv	a0,s0
	call	strlen@plt
	sext.w	t6,a0
	blt	t6,zero,.L2
	mv	a4,sp
	addiw	a3,a0,1
	li	a5,0
.L3:
	sw	a5,0(a4)
	addiw	a5,a5,1
	addi	a4,a4,4
	bne	a5,a3,.L3
.L2:
	ble	s3,zero,.L4
	mv	t5,s2
	addiw	t0,s1,1
	addiw	t3,a0,-1
	slli	a5,t3,32
	srli	t3,a5,30
	addi	a5,sp,8
	add	t3,t3,a5
	li	t2,1
	j	.L9
.L7:
	sw	a0,0(a6)
	addi	a1,a1,1
	addi	a4,a4,4
	beq	a4,t3,.L5
.L8:
	mv	a6,a4
	mv	a7,a2
	lw	a2,0(a4)
	lw	a5,-4(a4)
	addiw	a5,a5,1
	addiw	a0,a2,1
	mv	a3,a5
	sext.w	a5,a5
	sext.w	t1,a0
	ble	a5,t1,.L6
	mv	a3,a0
.L6:
	lbu	a5,0(a1)
	sub	a5,a5,t4
	snez	a5,a5
	addw	a5,a5,a7
	mv	a0,a3
	sext.w	a3,a3
	sext.w	a7,a5
	ble	a3,a7,.L7
	mv	a0,a5
	j	.L7
.L5:
	addiw	t2,t2,1
	addi	t5,t5,1
	beq	t2,t0,.L4
.L9:
	lw	a2,0(sp)
	sw	t2,0(sp)
	ble	t6,zero,.L5
	mv	a1,s0
	addi	a4,sp,4
	lbu	t4,0(t5)
	j	.L8
.L4:
	slli	a5,t6,2
	addi	a5,a5,1024
	add	a5,a5,sp
	lw	a0,-1024(a5)
	ld	ra,1064(sp)
	ld	s0,1056(sp)
	ld	s1,1048(sp)
	ld	s2,1040(sp)
	ld	s3,1032(sp)
	addi	sp,sp,1072
	jr	ra
	.size	edit_distance, .-edit_distance
	.section	.note.GNU-stack,"",@progbits
