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
	addi	sp,sp,-1056
	sd	ra,1048(sp)
	sd	s0,1040(sp)
	sd	s1,1032(sp)
	mv	s0,a1
	sd	s2,1024(sp)
	mv	s1,a0
	call	strlen@plt
	mv	s2,a0
	mv	a0,s0
	call	strlen@plt
	sext.w	a1,a0
	sext.w	a2,s2
	blt	a1,zero,.L6
	mv	a4,sp
	addiw	a3,a0,1
	li	a5,0
.L5:
	sw	a5,0(a4)
	addiw	a5,a5,1
	addi	a4,a4,4
	bne	a5,a3,.L5
.L6:
	ble	a2,zero,.L4
	addiw	t5,a0,-1
	slli	a5,t5,32
	lw	a2,0(sp)
	srli	t5,a5,30
	addi	a5,sp,8
	mv	t2,s1
	addiw	a0,s2,1
	add	t5,t5,a5
	li	t0,1
.L11:
	sw	t0,0(sp)
	ble	a1,zero,.L7
	lbu	t6,0(t2)
	addi	a4,sp,4
	mv	a6,s0
	mv	a3,t0
.L10:
	lbu	a5,0(a6)
	mv	a7,a2
	lw	a2,0(a4)
	sub	a5,a5,t6
	snez	a5,a5
	addw	t4,a5,a7
	addiw	t1,a3,1
	addiw	t3,a2,1
	mv	a5,t4
	mv	a3,t1
	ble	t4,t3,.L8
	mv	a5,t3
.L8:
	sext.w	a7,a5
	ble	a7,t1,.L9
	mv	a5,a3
.L9:
	sw	a5,0(a4)
	addi	a4,a4,4
	sext.w	a3,a5
	addi	a6,a6,1
	bne	t5,a4,.L10
.L7:
	addiw	a5,t0,1
	addi	t2,t2,1
	mv	a2,t0
	beq	a5,a0,.L4
	mv	t0,a5
	j	.L11
.L4:
	ld	ra,1048(sp)
	ld	s0,1040(sp)
	slli	a5,a1,2
	addi	a5,a5,1024
	add	a5,a5,sp
	lw	a0,-1024(a5)
	ld	s1,1032(sp)
	ld	s2,1024(sp)
	addi	sp,sp,1056
	jr	ra
	.size	edit_distance, .-edit_distance
	.section	.note.GNU-stack,"",@progbits
