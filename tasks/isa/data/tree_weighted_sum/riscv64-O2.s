	.file	"tree_weighted_sum.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	walk, @function
walk:
	addi	sp,sp,-304
	sd	s9,216(sp)
	sd	ra,296(sp)
	sd	s0,288(sp)
	sd	s1,280(sp)
	sd	s2,272(sp)
	sd	s3,264(sp)
	sd	s4,256(sp)
	sd	s5,248(sp)
	sd	s6,240(sp)
	sd	s7,232(sp)
	sd	s8,224(sp)
	sd	s10,208(sp)
	sd	s11,200(sp)
	li	s9,0
	beq	a0,zero,.L1
	mv	s7,a1
	mv	s0,a0
.L2:
	ld	a5,0(s0)
	ld	s3,8(s0)
	li	s11,0
	mul	s2,s7,a5
	addi	s7,s7,1
	mv	s8,s7
	beq	s3,zero,.L6
	mv	s10,s9
	sd	s2,32(sp)
	mv	s9,s0
.L3:
	ld	a5,0(s3)
	ld	s2,8(s3)
	li	s6,0
	mul	s5,s8,a5
	addi	s8,s8,1
	mv	s4,s8
	beq	s2,zero,.L8
	mv	a4,s8
	mv	a5,s3
	sd	s5,40(sp)
	mv	s1,s11
	mv	s8,s10
	mv	s3,s7
.L5:
	ld	a3,0(s2)
	ld	s7,8(s2)
	li	s5,0
	mul	s0,s4,a3
	addi	s4,s4,1
	mv	s11,s4
	beq	s7,zero,.L10
	mv	a1,a5
	sd	s4,48(sp)
	sd	s2,56(sp)
	mv	a5,s6
	mv	s10,s0
	mv	s4,s8
.L7:
	ld	s6,0(s7)
	ld	s0,8(s7)
	li	s2,0
	mul	s6,s11,s6
	addi	s11,s11,1
	mv	s8,s11
	beq	s0,zero,.L12
	sd	a4,64(sp)
	mv	a2,s7
	mv	a4,s9
	mv	t4,a1
	sd	s1,72(sp)
	mv	a6,s11
	mv	s7,s2
	mv	s9,s4
	mv	a3,s3
.L9:
	ld	s1,0(s0)
	ld	s11,8(s0)
	li	s4,0
	mul	s1,s8,s1
	addi	s8,s8,1
	mv	s3,s8
	mv	a7,a5
	mv	s2,s11
	beq	s11,zero,.L14
.L11:
	ld	s11,0(s2)
	ld	a5,8(s2)
	li	a0,0
	mul	s11,s3,s11
	addi	s3,s3,1
	sd	s3,16(sp)
	beq	a5,zero,.L16
	sd	t4,8(sp)
	mv	t6,a7
	mv	t4,a0
.L13:
	ld	a1,16(sp)
	ld	t3,0(a5)
	ld	a7,8(a5)
	li	t5,0
	mul	a0,a1,t3
	addi	a1,a1,1
	sd	a1,16(sp)
	mv	t3,a1
	sd	a0,0(sp)
	beq	a7,zero,.L18
	mv	t0,s10
	mv	t2,s9
	mv	s10,s4
	mv	s9,s3
	mv	t1,s1
	mv	s3,t6
	mv	s4,s2
	mv	t6,s6
	mv	s6,s0
.L15:
	ld	s0,0(a7)
	ld	s1,8(a7)
	li	s2,0
	mul	s0,t3,s0
	addi	t3,t3,1
	mv	a1,t3
	beq	s1,zero,.L19
	sd	a6,24(sp)
	mv	a6,s0
	mv	s0,s1
.L17:
	ld	s1,0(s0)
	ld	a0,8(s0)
	sd	a3,184(sp)
	mul	s1,a1,s1
	addi	a1,a1,1
	sd	a4,176(sp)
	sd	t2,168(sp)
	sd	t0,160(sp)
	sd	t6,152(sp)
	sd	t1,144(sp)
	sd	t5,136(sp)
	sd	a7,128(sp)
	sd	t3,120(sp)
	sd	a6,112(sp)
	sd	t4,104(sp)
	sd	a5,96(sp)
	sd	a2,88(sp)
	sd	a1,80(sp)
	call	walk
	ld	s0,16(s0)
	add	s1,s1,a0
	ld	a1,80(sp)
	ld	a2,88(sp)
	ld	a5,96(sp)
	ld	t4,104(sp)
	ld	a6,112(sp)
	ld	t3,120(sp)
	ld	a7,128(sp)
	ld	t5,136(sp)
	ld	t1,144(sp)
	ld	t6,152(sp)
	ld	t0,160(sp)
	ld	t2,168(sp)
	ld	a4,176(sp)
	ld	a3,184(sp)
	add	s2,s2,s1
	bne	s0,zero,.L17
	mv	s0,a6
	ld	a6,24(sp)
	add	s0,s0,s2
.L19:
	ld	a7,16(a7)
	add	t5,t5,s0
	bne	a7,zero,.L15
	ld	a1,0(sp)
	mv	s2,s4
	mv	s0,s6
	add	a1,a1,t5
	mv	s4,s10
	mv	s6,t6
	mv	s1,t1
	mv	t6,s3
	mv	s10,t0
	mv	s3,s9
	sd	a1,0(sp)
	mv	s9,t2
.L18:
	ld	a1,0(sp)
	ld	a5,16(a5)
	add	t4,t4,a1
	bne	a5,zero,.L13
	mv	a0,t4
	ld	t4,8(sp)
	mv	a7,t6
	add	s11,s11,a0
.L16:
	ld	s2,16(s2)
	add	s4,s4,s11
	bne	s2,zero,.L11
	mv	a5,a7
	add	s1,s1,s4
.L14:
	ld	s0,16(s0)
	add	s7,s7,s1
	bne	s0,zero,.L9
	mv	s4,s9
	ld	s1,72(sp)
	mv	s9,a4
	ld	a4,64(sp)
	mv	s2,s7
	mv	a1,t4
	mv	s11,a6
	mv	s7,a2
	mv	s3,a3
	add	s6,s6,s2
.L12:
	ld	s7,16(s7)
	add	s5,s5,s6
	bne	s7,zero,.L7
	mv	s8,s4
	ld	s2,56(sp)
	ld	s4,48(sp)
	mv	s6,a5
	add	s0,s10,s5
	mv	a5,a1
.L10:
	ld	s2,16(s2)
	add	s6,s6,s0
	bne	s2,zero,.L5
	ld	s5,40(sp)
	mv	s10,s8
	mv	s7,s3
	mv	s11,s1
	mv	s8,a4
	mv	s3,a5
	add	s5,s5,s6
.L8:
	ld	s3,16(s3)
	add	s11,s11,s5
	bne	s3,zero,.L3
	ld	s2,32(sp)
	mv	s0,s9
	mv	s9,s10
	add	s2,s2,s11
.L6:
	ld	s0,16(s0)
	add	s9,s9,s2
	bne	s0,zero,.L2
.L1:
	ld	ra,296(sp)
	ld	s0,288(sp)
	ld	s1,280(sp)
	ld	s2,272(sp)
	ld	s3,264(sp)
	ld	s4,256(sp)
	ld	s5,248(sp)
	ld	s6,240(sp)
	ld	s7,232(sp)
	ld	s8,224(sp)
	ld	s10,208(sp)
	ld	s11,200(sp)
	mv	a0,s9
	ld	s9,216(sp)
	addi	sp,sp,304
	jr	ra
	.size	walk, .-walk
	.align	1
	.globl	tree_weighted_sum
	.type	tree_weighted_sum, @function
tree_weighted_sum:
	addi	sp,sp,-48
	sd	s3,8(sp)
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	li	s3,0
	beq	a0,zero,.L59
	mv	s0,a0
	li	s2,1
.L60:
	ld	s1,0(s0)
	ld	a0,8(s0)
	mul	s1,s2,s1
	addi	s2,s2,1
	mv	a1,s2
	call	walk
	ld	s0,16(s0)
	add	s1,s1,a0
	add	s3,s3,s1
	bne	s0,zero,.L60
.L59:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	mv	a0,s3
	ld	s3,8(sp)
	addi	sp,sp,48
	jr	ra
	.size	tree_weighted_sum, .-tree_weighted_sum
	.section	.note.GNU-stack,"",@progbits
