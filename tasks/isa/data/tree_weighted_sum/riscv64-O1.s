	.file	"tree_weighted_sum.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	walk, @function
walk:
	beq	a0,zero,.L3
	addi	sp,sp,-32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	mv	s2,a0
	ld	s1,0(a0)
	mul	s1,a1,s1
	addi	s0,a1,1
	mv	a1,s0
	ld	a0,8(a0)
	call	walk
	add	s1,s1,a0
	mv	a1,s0
	ld	a0,16(s2)
	call	walk
	add	a0,s1,a0
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L3:
	li	a0,0
	ret
	.size	walk, .-walk
	.align	1
	.globl	tree_weighted_sum
	.type	tree_weighted_sum, @function
tree_weighted_sum:
	addi	sp,sp,-16
	sd	ra,8(sp)
	li	a1,1
	call	walk
	ld	ra,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	tree_weighted_sum, .-tree_weighted_sum
	.section	.note.GNU-stack,"",@progbits
