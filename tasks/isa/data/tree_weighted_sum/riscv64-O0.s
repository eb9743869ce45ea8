	.file	"tree_weighted_sum.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	walk, @function
walk:
	addi	sp,sp,-48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	addi	s0,sp,48
	sd	a0,-40(s0)
	sd	a1,-48(s0)
	ld	a5,-40(s0)
	bne	a5,zero,.L2
	li	a5,0
	j	.L3
.L2:
	ld	a5,-40(s0)
	ld	a4,0(a5)
	ld	a5,-48(s0)
	mul	s1,a4,a5
	ld	a5,-40(s0)
	ld	a4,8(a5)
	ld	a5,-48(s0)
	addi	a5,a5,1
	mv	a1,a5
	mv	a0,a4
	call	walk
	mv	a5,a0
	add	s1,s1,a5
	ld	a5,-40(s0)
	ld	a4,16(a5)
	ld	a5,-48(s0)
	addi	a5,a5,1
	mv	a1,a5
	mv	a0,a4
	call	walk
	mv	a5,a0
	add	a5,s1,a5
.L3:
	mv	a0,a5
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
	.size	walk, .-walk
	.align	1
	.globl	tree_weighted_sum
	.type	tree_weighted_sum, @function
tree_weighted_sum:
	addi	sp,sp,-32
	sd	ra,24(sp)
	sd	s0,16(sp)
	addi	s0,sp,32
	sd	a0,-24(s0)
	li	a1,1
	ld	a0,-24(s0)
	call	walk
	mv	a5,a0
	mv	a0,a5
	ld	ra,24(sp)
	ld	s0,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	tree_weighted_sum, .-tree_weighted_sum
	.section	.note.GNU-stack,"",@progbits
